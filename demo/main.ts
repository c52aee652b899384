import '../src/index.js';
import type { PortalProvider } from '../src/index.js';

const provider = document.getElementById('provider') as PortalProvider;
const localeSelect = document.getElementById('locale') as HTMLSelectElement;
const themeSelect = document.getElementById('theme') as HTMLSelectElement;
const sourceSelect = document.getElementById('source') as HTMLSelectElement;

const params = new URLSearchParams(location.search);
const PATIENT_ID = 'pat-maria';

const pageStrings: Record<string, Record<string, string>> = {
  en: {
    portal: 'Patient portal', language: 'Language', theme: 'Theme', source: 'Data', notes: 'Visit notes',
    results: 'Test results', messages: 'Messages', appointments: 'Appointments', preferences: 'Result preferences',
    welcome: 'Welcome back,', footer: 'Demo data only — no real patients. In an emergency, call 911.', scriptTag: 'See the same widgets on a page with one script tag',
    srcFhir: 'FHIR server (/fhir)', srcMemory: 'In-memory sample', themeAuto: 'System', themeLight: 'Light', themeDark: 'Dark',
  },
  es: {
    portal: 'Portal del paciente', language: 'Idioma', theme: 'Tema', source: 'Datos', notes: 'Notas de visitas',
    results: 'Resultados de pruebas', messages: 'Mensajes', appointments: 'Citas', preferences: 'Preferencias de resultados',
    welcome: 'Bienvenida de nuevo,', footer: 'Solo datos de demostración, no hay pacientes reales. En una emergencia, llame al 911.', scriptTag: 'Ver los mismos widgets en una página con una sola etiqueta script',
    srcFhir: 'Servidor FHIR (/fhir)', srcMemory: 'Ejemplo en memoria', themeAuto: 'Del sistema', themeLight: 'Claro', themeDark: 'Oscuro',
  },
};

function applyLocale(locale: string): void {
  document.documentElement.lang = locale;
  provider.locale = locale;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = pageStrings[locale]?.[el.dataset.i18n ?? ''] ?? el.textContent;
  }
}

function applyTheme(theme: string): void {
  const scheme = theme === 'auto' ? 'light dark' : theme;
  document.documentElement.style.setProperty('--portal-color-scheme', scheme);
  document.documentElement.style.colorScheme = scheme;
}

function applySource(source: string): void {
  if (source === 'memory') {
    provider.removeAttribute('fhir-base-url');
    provider.removeAttribute('patient');
    provider.demo = true;
  } else {
    provider.demo = false;
    provider.setAttribute('fhir-base-url', new URL('/fhir', location.href).href);
    provider.setAttribute('patient', PATIENT_ID);
  }
}

localeSelect.value = params.get('locale') ?? (navigator.language.startsWith('es') ? 'es' : 'en');
themeSelect.value = params.get('theme') ?? 'auto';
sourceSelect.value = params.get('source') ?? 'fhir';

function syncUrl(): void {
  const p = new URLSearchParams({ locale: localeSelect.value, theme: themeSelect.value, source: sourceSelect.value });
  history.replaceState(null, '', `?${p.toString()}${location.hash}`);
}

localeSelect.addEventListener('change', () => { applyLocale(localeSelect.value); syncUrl(); });
themeSelect.addEventListener('change', () => { applyTheme(themeSelect.value); syncUrl(); });
sourceSelect.addEventListener('change', () => { applySource(sourceSelect.value); syncUrl(); });

// One section at a time, chosen by the URL hash, like a portal's tabs.
const sections = [...document.querySelectorAll<HTMLElement>('main section')];
const navLinks = [...document.querySelectorAll<HTMLAnchorElement>('nav.tabs a')];
function showSection(): void {
  const id = location.hash.slice(1) || 'notes';
  const target = sections.find((s) => s.id === id) ?? sections[0];
  for (const s of sections) s.hidden = s !== target;
  for (const a of navLinks) {
    if (a.hash === `#${target?.id ?? ''}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}
addEventListener('hashchange', () => {
  showSection();
  document.getElementById(location.hash.slice(1))?.querySelector('h1')?.focus();
});
// "Message my care team about this" from any widget opens the Messages tab, where the composer answers it.
document.addEventListener('portal-compose-request', () => {
  if (location.hash !== '#messages') location.hash = '#messages';
}, { capture: true });
showSection();

applyLocale(localeSelect.value);
applyTheme(themeSelect.value);
applySource(sourceSelect.value);

// The demo has no real sign-in; show what a host page would do on auth errors.
document.addEventListener('portal-error', (e) => {
  console.warn('portal-error', e.detail);
});
