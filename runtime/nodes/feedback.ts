import type { NodeHandler } from './handler';
import { typedAnswer } from './typed-answer';

export const FEEDBACK_RESOLVED = 'feedback:resolved';
export const FEEDBACK_UNRESOLVED = 'feedback:unresolved';

// A typed yes or no: the whole message (see typedAnswer).
const TYPED_RESOLVED =
  /^(yes|yeah|yep|yup|it did|it helped|helped|solved|resolved|that helped|sí|si|resuelto|solucionado|me sirvió|me sirvio|me ayudó|me ayudo|ya|ye|yes dah|dah|sudah|settle|selesai|dah selesai|sudah selesai|dah settle|是|是的|嗯|解决了|已解决|好了|可以了|有用|有帮助|はい)$/u;
// "no it didn't help", "that doesn't answer my question", "还是没解决": apostrophes are dropped before the test.
const NOT_HELPED = String.raw`(?:not really|(?:it |that )?(?:didnt|doesnt|did not|does not)(?: really)? (?:help|work|answer(?: my question)?|solve (?:it|anything))|(?:it |that )?didnt|not helpful|no help|not solved|not settled|still not(?: solved| working| settled)?|still no|not yet|not what i asked|still confused|(?:thats|that is) not (?:it|what i asked)|not it|no me sirvió|no me sirvio|no me ayudó|no me ayudo|no sirvió|no sirvio|no me resolvió|no me resolvio|sigue igual|para nada|tak membantu|x membantu|tak settle(?: lagi)?|x settle|blm settle(?: lg)?|belum settle|masih tak settle|masih x settle|tak jelas|x jelas|还没|还没有|还没解决|还是没解决|还是没有解决|还是不行|还是没用|还是不懂|还是不明白|不明白|未解决|问题还在|问题没解决|问题还没解决|不懂|没懂|没有|没解决|没有解决|不行|没用|没有用|没什么用|没啥用|没帮助|没有帮助|不太清楚|いいえ)`;
const TYPED_UNRESOLVED = new RegExp(`^(?:no|nope|nah|tak|tidak|x|belum|${NOT_HELPED}|(?:no|nope|nah|tak|tidak)[ ,]+${NOT_HELPED})$`, 'u');

/** A rating typed instead of tapped: a yes or a no, or one of the buttons' own labels in any of the flow's languages. */
function typedRating(text: string, labels: { resolved: Record<string, string>; unresolved: Record<string, string> }): boolean | null {
  const answer = typedAnswer(text).replace(/['’]/gu, '');
  const isLabel = (texts: Record<string, string>) => Object.values(texts).some((label) => label.trim() !== '' && typedAnswer(label).replace(/['’]/gu, '') === answer);
  if (isLabel(labels.resolved)) return true;
  if (isLabel(labels.unresolved)) return false;
  if (TYPED_RESOLVED.test(answer)) return true;
  if (TYPED_UNRESOLVED.test(answer)) return false;
  return null;
}

/** Asks whether the answer helped; buttons (or a typed yes / no) go to resolved / unresolved, other text to skipped. */
export const feedback: NodeHandler<'feedback'> = {
  enter(node, run) {
    run.say(
      node.id,
      node.data.prompt,
      'system',
      [
        { label: run.localized(node.data.resolvedLabel), payload: FEEDBACK_RESOLVED },
        { label: run.localized(node.data.unresolvedLabel), payload: FEEDBACK_UNRESOLVED },
      ],
      false,
    );
    return { wait: { for: 'feedback', nodeId: node.id } };
  },
  resume(node, run, _event, wait) {
    const input = run.input;
    if (!input) return { wait };
    const typed = input.payload ? null : typedRating(input.text, { resolved: node.data.resolvedLabel, unresolved: node.data.unresolvedLabel });
    if (input.payload === FEEDBACK_RESOLVED || input.payload === FEEDBACK_UNRESOLVED || typed !== null) {
      input.consumed = true;
      const resolved = typed ?? input.payload === FEEDBACK_RESOLVED;
      run.outputs.tags.push(resolved ? 'feedback:resolved' : 'feedback:unresolved');
      run.note({ type: 'info', nodeId: node.id, message: `Buyer rated: ${resolved ? 'resolved' : 'unresolved'}` });
      if (!resolved) run.handoffReason = 'unresolved_rating';
      return { go: resolved ? 'resolved' : 'unresolved' };
    }
    run.note({ type: 'info', nodeId: node.id, message: 'Buyer wrote instead of rating: skipped' });
    return { go: 'skipped' };
  },
};
