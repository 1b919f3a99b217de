import { memo, useMemo } from 'react';
import { lintText, slotLintContext, type LintSection } from '../../../../../shared/domain/compliance';
import type { Product, Slot } from '../../../../../shared/protocol';
import { TALK_SECTIONS, TEXT_LIMITS } from '../../../../../shared/protocol';
import { useRT, type RundownKey } from '../../../i18n/rundown';
import { updateSlot } from '../model/showEdits';
import { useFocusRequest } from '../store/selection.slice';
import { showActions, useLexicon } from '../store/show.slice';
import { LintTextarea } from './LintTextarea';

const LABEL: Record<LintSection, RundownKey> = {
  mechanism: 'tp.mechanism', opening: 'tp.opening', sellingPoints: 'tp.sellingPoints',
  priceMechanism: 'tp.priceMechanism', closing: 'tp.closing', afterSales: 'tp.afterSales',
};

function setText(slotId: string, section: LintSection, value: string) {
  showActions.editShow(
    (show) => updateSlot(show, slotId, (s) => (section === 'mechanism'
      ? { ...s, mechanism: value.slice(0, TEXT_LIMITS.mechanism) }
      : { ...s, talkingPoints: { ...s.talkingPoints, [section]: value.slice(0, TEXT_LIMITS.talkingPoint) } })),
    `text:${slotId}:${section}`,
  );
}

/**
 * The five talking-point sections of a slot, each linted as the producer types. Field-level
 * lint runs on every change (a paragraph lints in microseconds) so the underlines never lag the
 * text; the whole-show lint for the findings panel is debounced (services/lint.service).
 */
export const TalkingPoints = memo(function TalkingPoints({ slot, product, readOnly }: { slot: Slot; product: Product | undefined; readOnly: boolean }) {
  const t = useRT();
  const lexicon = useLexicon();
  const focus = useFocusRequest();
  // Depends on the slot's live price only, not on its text, so typing does not rebuild it.
  const livePrice = slot.livePrice;
  const ctx = useMemo(() => slotLintContext(product, { ...slot, livePrice }, lexicon), [product, livePrice, lexicon]);
  return (
    <div className="tp">
      {TALK_SECTIONS.map((section) => {
        const value = slot.talkingPoints[section];
        return (
          <LintTextarea
            key={section}
            label={t(LABEL[section])}
            testId={`tp-${section}`}
            value={value}
            findings={lintText(value, ctx)}
            readOnly={readOnly}
            maxLength={TEXT_LIMITS.talkingPoint}
            onChange={(v) => setText(slot.id, section, v)}
            focusSpan={focus && focus.slotId === slot.id && focus.section === section ? focus : null}
          />
        );
      })}
    </div>
  );
});

export function MechanismField({ slot, product, readOnly }: { slot: Slot; product: Product | undefined; readOnly: boolean }) {
  const t = useRT();
  const lexicon = useLexicon();
  const focus = useFocusRequest();
  const findings = useMemo(() => lintText(slot.mechanism, slotLintContext(product, slot, lexicon)), [slot, product, lexicon]);
  return (
    <LintTextarea
      label={t('slot.mechanism')}
      testId="slot-mechanism"
      singleLine
      placeholder={t('slot.mechanismHint')}
      value={slot.mechanism}
      findings={findings}
      readOnly={readOnly}
      maxLength={TEXT_LIMITS.mechanism}
      onChange={(v) => setText(slot.id, 'mechanism', v)}
      focusSpan={focus && focus.slotId === slot.id && focus.section === 'mechanism' ? focus : null}
    />
  );
}
