// Screenshot a page in headless Chromium: node scripts/screenshot.mjs <url> <out.png> [waitMs] [width] [height]
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';
const [url, out, wait = '6000', width = '1280', height = '900'] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--no-first-run'] });
const page = await browser.newPage();
await page.setViewport({ width: Number(width), height: Number(height) });
const errors = [];
page.on('console', (m) => { if (['error','warning'].includes(m.type())) errors.push(m.type()+': '+m.text()); });
page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
await new Promise((r) => setTimeout(r, Number(wait)));
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
console.log(errors.slice(0, 20).join('\n'));
await browser.close();
