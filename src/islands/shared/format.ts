/** "10:32:15" */
export const formatTime = (iso: string) =>
  new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "10:32 ngày 25/11/2026", or an empty string for a missing or invalid time. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const date = new Date(iso);
  const time = date.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });
  const day = date.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
  return `${time} ngày ${day}`;
}
