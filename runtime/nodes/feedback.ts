import type { NodeHandler } from './handler';
import { typedAnswer } from './typed-answer';

export const FEEDBACK_RESOLVED = 'feedback:resolved';
export const FEEDBACK_UNRESOLVED = 'feedback:unresolved';

// A rating typed instead of tapped: the whole message is a yes or a no (see typedAnswer).
const TYPED_RESOLVED =
  /^(yes|yeah|yep|yup|it did|it helped|helped|solved|resolved|that helped|sí|si|me sirvió|me sirvio|me ayudó|me ayudo|ya|ye|yes dah|dah|sudah|settle|selesai|dah settle|是|是的|嗯|解决了|已解决|好了|可以了|有用|有帮助|はい)$/u;
const TYPED_UNRESOLVED =
  /^(no|nope|nah|not really|no it didn't|it didn't|didn't help|it didn't help|not helpful|not solved|no me sirvió|no me sirvio|no me ayudó|no me ayudo|no sirvió|no sirvio|para nada|tak|tidak|x|belum|tak settle|tak membantu|x membantu|x settle|tak settle lagi|blm settle|belum settle|blm settle lg|not settled|still not solved|still not|not yet|还没|还没有|还没解决|还是不懂|不懂|没懂|没有|没解决|没有解决|不行|没用|没帮助|没有帮助|いいえ)$/u;

function typedRating(text: string): boolean | null {
  const answer = typedAnswer(text);
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
    const typed = input.payload ? null : typedRating(input.text);
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
