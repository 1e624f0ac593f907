import type { LocalizedName } from '../model/types.js';
import type { CompiledEdition, CompiledPolicy } from '../policy/compiled.js';
import { DESKNETS_CLOUD, DESKNETS_CLOUD_NOTICES } from './desknets-cloud.compiled.js';

/**
 * The recording notice (第6条2項) to play before a transfer while `edition` is in force. A policy
 * compiled by `createDesk` carries its notices in its editions; the preset's compiled copy keeps
 * them here instead, where only routing reaches them: a page that shows the number does not carry
 * 300 bytes of a notice it never plays.
 */
export function recordingNoticeOf(policy: CompiledPolicy, edition: CompiledEdition): LocalizedName | null {
  return edition.recordingNotice ?? (policy === DESKNETS_CLOUD ? (DESKNETS_CLOUD_NOTICES[edition.edition] ?? null) : null);
}
