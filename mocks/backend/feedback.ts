/** Feedback on help articles. */
import type { Feedback, FeedbackReceipt } from '../contract.js';
import { reply, type Reply } from '../problem.js';
import type { FeedbackRecord, Store } from './store.js';

export class Help {
  constructor(private readonly s: Store) {}

  sendFeedback(params: Feedback): Reply<FeedbackReceipt> {
    const articleId = this.s.requireName(params.articleId, 'articleId', 200);
    const id = this.s.nextId('fbk');
    this.s.feedback.push({ id, articleId, helpful: params.helpful, comment: params.comment ?? null, locale: params.locale });
    return reply({ id }, 202);
  }

  /** Every feedback received, oldest first. */
  received(): readonly FeedbackRecord[] {
    return this.s.feedback;
  }
}
