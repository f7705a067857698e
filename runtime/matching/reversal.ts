/**
 * Words that undo or switch off an action ("cancel", "delete", "turn off"), per language,
 * written by hand. "Cancel my order" shares almost every word with "place an order", so a
 * message that asks to undo something only matches an intent whose examples also undo
 * something.
 */
import { foldDiacritics } from './normalize';

const LISTS: Record<string, string> = {
  en: 'cancel cancelled canceled cancelling cancellation delete deleted remove removed erase undo stop disable unsubscribe clear',
  es: 'cancelar cancela cancele cancelado cancelación anular anula borrar borra elimina eliminar quitar quita apagar apaga desactivar desactiva detener parar',
  pt: 'cancelar cancela cancelado cancelamento anular apagar apaga excluir exclua remover remova desligar desliga desativar desative parar',
  fr: 'annuler annule annulez annulation supprimer supprime supprimez effacer efface retirer éteindre éteins désactiver désactive arrêter arrête',
  de: 'stornieren storniere storno abbrechen abbestellen löschen lösche entfernen entferne ausschalten abschalten deaktivieren deaktiviere stoppen stoppe beenden',
  it: 'annullare annulla cancellare cancella eliminare elimina rimuovere rimuovi disattivare disattiva spegnere spegni fermare ferma interrompere',
  id: 'batalkan batal membatalkan pembatalan hapus hapuskan menghapus matikan mematikan nonaktifkan hentikan berhenti',
  ms: 'batalkan batal membatalkan pembatalan padam padamkan memadam buang matikan nyahaktif hentikan berhenti',
  tr: 'iptal sil silin kaldır kaldırın kapat kapatın durdur durdurun vazgeç temizle',
};
/** Written without spaces: matched as substrings. */
const SUBSTRINGS: Record<string, string> = {
  zh: '取消 删除 删掉 关掉 关闭 停止 撤销 移除 退订',
  ja: 'キャンセル クリア 削除 取り消し 取消 解除 オフ 停止 止め 消し 消去',
};
/** Two-word forms (English phrasal verbs), matched on the folded words. */
const PHRASES: Record<string, string[]> = { en: ['turn off', 'switch off', 'shut off'] };

export interface ReversalWords {
  words: Set<string>;
  substrings: string[];
  phrases: string[];
}

export function reversalWords(languages: Iterable<string>): ReversalWords {
  const out: ReversalWords = { words: new Set(), substrings: [], phrases: [] };
  for (const language of languages) {
    const code = language.toLowerCase().split(/[-_]/)[0] ?? '';
    for (const w of (LISTS[code] ?? '').split(' ')) if (w) out.words.add(foldDiacritics(w));
    for (const s of (SUBSTRINGS[code] ?? '').split(' ')) if (s && !out.substrings.includes(s)) out.substrings.push(s);
    for (const p of PHRASES[code] ?? []) if (!out.phrases.includes(p)) out.phrases.push(p);
  }
  return out;
}

/** True when the text (folded words, and the same without spaces) asks to undo something. */
export function asksToUndo(r: ReversalWords, foldedWords: readonly string[], compact: string): boolean {
  for (const w of foldedWords) if (r.words.has(w)) return true;
  for (const s of r.substrings) if (compact.includes(s)) return true;
  if (r.phrases.length > 0) {
    const joined = foldedWords.join(' ');
    for (const p of r.phrases) if ((' ' + joined + ' ').includes(' ' + p + ' ')) return true;
  }
  return false;
}
