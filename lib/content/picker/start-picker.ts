import { textOf } from '@/lib/adapters/dom';
import { deriveSelector, verifySelector } from '@/lib/adapters/derive-selector';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '../worker-channel';
import { topRect } from './deep-dom';
import { emailSourceNear, holdsEmail, type EmailSource } from './email-source';
import { listenForPicks, visibleCandidates } from './pick-input';
import { createPickerUi, type BarView } from './picker-ui';
import { probeRule, type RuleSelectors } from './probe-rule';

const MAX_NAME = 200;

/** A running picker in this page's isolated world (a second injection replaces it). */
const world = globalThis as { __keysidePickerStop?: () => void };

/**
 * "Teach Keyside this page" in the host page (injected through activeTab by the popup, see
 * components/popup/teach-from-popup.ts): the user points at the email (then, optionally, the
 * name), Keyside derives the rule's selectors (lib/adapters/derive-selector.ts), shows what the
 * rule reads here, and hands the draft to the worker, which opens the Teach page in the
 * dashboard: the save — with its permission prompt — must happen in an extension page
 * (components/dashboard/teach/TeachPage.tsx says why).
 */
export function startPicker(): void {
  world.__keysidePickerStop?.();
  const controller = new AbortController();
  const ui = createPickerUi();
  const stop = () => {
    controller.abort();
    ui.destroy();
    if (world.__keysidePickerStop === stop) delete world.__keysidePickerStop;
  };
  world.__keysidePickerStop = stop;
  window.addEventListener('pagehide', stop, { signal: controller.signal });

  type State =
    { step: 'email' } | { step: 'name'; email: EmailSource; rule: RuleSelectors } | { step: 'review'; rule: RuleSelectors };
  let state: State = { step: 'email' };
  let error = '';

  const cancelButton = { label: t('actionCancel'), action: stop };
  const render = () => {
    let view: BarView;
    if (state.step === 'email') {
      view = { title: t('teachPickEmail'), hint: t('teachPickHint'), error, buttons: [cancelButton] };
    } else if (state.step === 'name') {
      const { email, rule } = state;
      view = {
        title: t('teachPickName'),
        hint: t('teachPickHint'),
        error,
        preview: [email.email],
        buttons: [cancelButton, { label: t('teachSkipName'), action: () => review(email, rule, null) }],
      };
    } else {
      const { rule } = state;
      const probe = probeRule(rule);
      const lines = probe.people.map((p) => (p.name ? `${p.name} <${p.email}>` : p.email));
      view = {
        title: t('teachReview'),
        preview: lines.length ? lines : [t('teachReadsNothing')],
        error,
        buttons: [
          cancelButton,
          { label: t('teachPickAgain'), action: restart },
          { label: t('teachContinue'), action: () => void handOver(rule), primary: true },
        ],
      };
    }
    ui.show(view);
  };
  const fail = (message: string) => {
    error = message;
    render();
  };
  const restart = () => {
    state = { step: 'email' };
    error = '';
    render();
  };

  const pickEmail = (el: Element) => {
    const source = emailSourceNear(el);
    if (!source) {
      fail(t('teachNoEmail'));
      return;
    }
    const selector = deriveSelector(source.el, document, [source.email]);
    if (verifySelector(selector, source.el, document) === 'missed') {
      fail(t('teachNoSelector'));
      return;
    }
    const rule = { emailSelector: selector, ...(source.attribute ? { emailAttribute: source.attribute } : {}) };
    state = { step: 'name', email: source, rule };
    error = '';
    render();
  };
  const review = (email: EmailSource, rule: RuleSelectors, nameEl: Element | null) => {
    let withName = rule;
    if (nameEl) {
      const name = textOf(nameEl);
      if (!name || name.length > MAX_NAME || holdsEmail(nameEl)) {
        fail(t('teachNoName'));
        return;
      }
      const selector = deriveSelector(nameEl, document, [email.email, name]);
      if (verifySelector(selector, nameEl, document) !== 'missed') withName = { ...rule, nameSelector: selector };
    }
    state = { step: 'review', rule: withName };
    error = '';
    ui.highlight(null);
    render();
  };
  const handOver = async (rule: RuleSelectors) => {
    try {
      await sendMessage('teachDraft', { ...rule, url: location.href, title: document.title.slice(0, 200) });
      stop();
    } catch {
      fail(t('teachHandOverFailed'));
    }
  };
  const pick = (el: Element) => {
    if (state.step === 'email') pickEmail(el);
    else if (state.step === 'name') review(state.email, state.rule, el);
  };
  const isNameCandidate = (el: Element) => el.childElementCount === 0 && textOf(el).length > 1 && !holdsEmail(el);

  listenForPicks(
    ui.host,
    {
      hover: (el) => ui.highlight(state.step === 'review' || !el ? null : topRect(el)),
      pick,
      cancel: stop,
      candidates: () =>
        state.step === 'email'
          ? visibleCandidates(ui.host, holdsEmail)
          : state.step === 'name'
            ? visibleCandidates(ui.host, isNameCandidate)
            : [],
    },
    controller.signal,
  );
  render();
}
