// The building blocks of the forms' wording (content/forms, src/schemas/form.ts and
// reviewForm.ts): sentences with `{slot}` placeholders checked against the slots their document
// fills, and the stems of generated file names.
import { z } from 'astro/zod';
import { vietnameseText } from './clause';

/** The `{name}` slots used in a template. */
export const templateSlots = (text: string): string[] => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!);

/** A sentence with `{slot}` placeholders; only `allowed` slots may appear, `required` ones must. */
export const template = (allowed: readonly string[], required: readonly string[] = []) =>
  vietnameseText.superRefine((text, ctx) => {
    const slots = templateSlots(text);
    for (const slot of slots) {
      if (!allowed.includes(slot)) {
        ctx.addIssue({ code: 'custom', message: `chỗ điền {${slot}} không dùng được ở đây; được dùng: ${allowed.map((s) => `{${s}}`).join(', ')}` });
      }
    }
    for (const slot of required) {
      if (!slots.includes(slot)) ctx.addIssue({ code: 'custom', message: `thiếu chỗ điền {${slot}}` });
    }
  });

/** Stem of the generated file name (ASCII, lower case), e.g. to-trinh → 01-to-trinh.docx. */
export const fileStem = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ chữ thường không dấu, số và gạch nối');
