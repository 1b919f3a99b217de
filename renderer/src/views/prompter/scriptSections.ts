import { lintSlot, type Finding, type ShowFinding } from '../../../../shared/domain/compliance';
import { TALK_SECTIONS, type RunOfShow, type Slot, type TalkSection } from '../../../../shared/protocol';

export interface ScriptSection { key: TalkSection; text: string; findings: Finding[] }

/**
 * The on-air slot's talking points as the prompter shows them, each with its compliance
 * findings. Linted through lintSlot with the live show (its product prices and the producer's
 * lexicon), the same function and input as the editor and the hub. Empty sections are left out.
 */
export function scriptSections(show: RunOfShow, slot: Slot): ScriptSection[] {
  let findings: ShowFinding[] = [];
  try {
    findings = lintSlot(show, slot);
  } catch (e) {
    console.warn('livedeck: compliance lint failed', e);
  }
  return TALK_SECTIONS
    .map((key) => ({ key, text: slot.talkingPoints[key], findings: findings.filter((f) => f.section === key) }))
    .filter((s) => s.text.trim().length > 0);
}
