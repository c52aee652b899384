import { expect, fixtureSync } from '@open-wc/testing';
import { PortalError } from '../../src/adapters/errors.js';
import { errorMessage, renderError } from '../../src/components/shared/states.js';

describe('shared error state', () => {
  it('explains a download that failed (a TypeError) as a connection problem, not a server fault', () => {
    const chunk = new TypeError('Failed to fetch dynamically imported module: /x.js');
    expect(errorMessage(chunk)).to.equal('We could not reach the server. Check your connection and try again.');
    expect(errorMessage(new Error('boom'))).to.equal('Something went wrong on our side. Please try again in a few minutes.');
    expect(errorMessage(new PortalError('auth'))).to.equal('Your session has ended. Please sign in again.');
  });

  it('offers "Try again" only when trying again can help', async () => {
    const retry = () => undefined;
    // fixtureSync: a plain element has no updateComplete, and fixture() would wait for an
    // animation frame, which never comes while this page is a background tab.
    const network = fixtureSync(renderError(new TypeError('Failed to fetch'), retry));
    expect(network.querySelector('button')?.textContent).to.equal('Try again');
    await expect(network).to.be.accessible();
    const forbidden = fixtureSync(renderError(new PortalError('forbidden'), retry));
    expect(forbidden.querySelector('button')).to.equal(null);
  });
});
