// Ids of the planner's fields that the planner itself focuses or links to. The add/edit form
// (./NomineeForm.tsx) loads after the first screen; these stay with the planner.
export const CATEGORY_FIELD_ID = 'don-vi-nhom';
/** The planner's list, where nominees are added, removed and renamed (the section's heading on /so-luong/). */
export const QUOTA_PLANNER_HREF = '/so-luong/#lap-danh-sach';
export const GROUP_COUNT_FIELD_ID = 'so-nhom';
/** the add/edit form's heading (the self-check's "Thêm … mới" link lands on it) */
export const FORM_HEADING_ID = 'tieu-de-them-uv';
/** the form's first field: collective or individual */
export const TYPE_FIELD_ID = 'uv-loai';
