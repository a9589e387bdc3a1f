/**
 * A new install opens the welcome page (components/welcome/WelcomeApp.tsx): language, own domains,
 * sites, data. Updates do not: the user has seen it, and everything in it lives in Settings too.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
