// Said when the page could not fetch one of its own parts (offline, or a new version deployed
// since the page was opened): the saving, its messages and the notices load some parts on demand.

/** Why something could not be done, in one sentence. */
export const UNLOADED = 'Trang chưa tải được một phần cần cho việc lưu (có thể do mất mạng hoặc trang vừa được cập nhật).';
/** What to do about it. */
export const UNLOADED_NEXT = 'Hãy tải bản nháp về máy rồi tải lại trang.';
