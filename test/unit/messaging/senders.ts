/** The extension and a tab as the browser describes a message's sender, for the messaging tests. */
export const self = { id: 'keyside', origin: 'chrome-extension://keyside/' };

export const tab = {
  id: 7,
  index: 0,
  windowId: 1,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
  selected: true,
  discarded: false,
  autoDiscardable: true,
  groupId: -1,
  frozen: false,
  lastAccessed: 0,
};
