import sample from '../../assets/sample-show.json';
import { RunOfShow } from '../../shared/protocol/runOfShow';

/** The sample run-of-show the simulated room starts with (assets/sample-show.json). */
export function loadSampleShow(): RunOfShow {
  return RunOfShow.parse(sample);
}
