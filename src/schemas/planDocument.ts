import { z } from 'astro/zod';
import { clauseId, issueDate, recordId, vietnameseText } from './clause';
import { template } from './template';

/** The header data of the plan document (số, ngày, cơ quan, người ký, nơi nhận). */
export const planDocument = z.object({
  id: z.string(),
  /** kind of document */
  kind: vietnameseText,
  /** number and symbol */
  number: z.string().regex(/^\d+\/[A-ZĐ-]+$/),
  /** date of issue */
  date: issueDate,
  /** place in the date line */
  place: vietnameseText,
  /** issuing body */
  issuer: vietnameseText,
  /** the issuing body's lines in the header */
  issuerHeader: z.array(vietnameseText).min(1),
  /** subject of the plan */
  title: vietnameseText,
  /** the campaign's name, lower case, for use inside sentences */
  campaignName: vietnameseText,
  /** signature block */
  signer: z.object({ authority: vietnameseText, title: vietnameseText, name: vietnameseText }),
  /** "Nơi nhận" list */
  recipients: z.array(vietnameseText).min(1),
  /** ids of the texts the plan cites, in its order */
  legalBases: z.array(z.string()).min(1),
  /** where and how the dossier is sent */
  dossier: z.object({
    /** id in awards.yaml of the award whose quota (Mục IV.2) and dossier (Mục V.1.b) the site prepares */
    award: recordId,
    receiver: vietnameseText,
    channel: vietnameseText,
    channelClause: clauseId,
    deadlineClause: clauseId,
    /** what the dossier contains, in the plan's words (Mục V.1.b), one record per dash bullet */
    documents: z.array(z.object({ text: vietnameseText, clause: clauseId })).min(1),
    /**
     * The share of the council's votes a nominee needs: the unit's dossier warns below it and Sở
     * Nội vụ's review flags it. The plan sets none; the default is the majority principle, to be
     * corrected here if a guidance says otherwise.
     */
    voteThreshold: z.object({
      /** the share, in percent */
      percent: z.number().min(0).max(100),
      /** true: at least `percent`; false: more than `percent` */
      inclusive: z.boolean(),
      /** the rule in words, shown in the messages, e.g. "quá {percent}% số thành viên Hội đồng có mặt đồng ý" */
      wording: template(['percent']),
      /** where the threshold comes from, shown with it */
      source: vietnameseText,
    }),
  }),
});

export type PlanDocument = z.infer<typeof planDocument>;
export type VoteThreshold = PlanDocument['dossier']['voteThreshold'];
