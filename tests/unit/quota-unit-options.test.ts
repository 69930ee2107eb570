import { describe, expect, it } from 'vitest';
import { groupCountField, selectedUnitValue, unitChoiceFields, unitOptions } from '../../src/islands/quota/unitOptions';
import { loadRules } from '../support/rules';

describe('the unit choices of the quota planner', () => {
  const options = unitOptions(loadRules().quotas);

  it('lists each unit of multi-unit categories, and the other categories by their label, grouped by clause', () => {
    const labels = options.map((o) => o.label);
    expect(labels).toEqual(expect.arrayContaining(['Công an tỉnh', 'Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Xã, phường', 'Các cơ quan, đơn vị cấp tỉnh còn lại']));
    expect(labels).not.toContain('Ban Tổ chức Tỉnh ủy; Công an tỉnh; Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch');
    expect(options).toHaveLength(11 - 2 + 4 + 3);
    expect(options.find((o) => o.label === 'Công an tỉnh')).toMatchObject({ categoryId: 'co-quan-nhom-1-tap-the-3-ca-nhan', unitName: 'Công an tỉnh', group: 'Mục IV.2.a' });
    expect(options.find((o) => o.label === 'Xã, phường')).toMatchObject({ categoryId: 'xa-phuong', group: 'Mục IV.2.b' });
    expect(options.find((o) => o.label === 'Xã, phường')?.unitName).toBeUndefined();
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
  });

  it('finds the stored choice again', () => {
    const police = options.find((o) => o.label === 'Công an tỉnh')!;
    expect(selectedUnitValue(options, police.categoryId, 'Công an tỉnh')).toBe(police.value);
    expect(selectedUnitValue(options, 'xa-phuong')).toBe('xa-phuong');
    expect(selectedUnitValue(options, police.categoryId)).toBe('');
    expect(selectedUnitValue(options, undefined)).toBe('');
  });

  it('words the number of boards or teams once, for the planner and for the PDF assembly’s page', () => {
    const quotas = loadRules().quotas;
    const board = quotas.find((c) => c.id === 'ban-bau-cu-dbqh')!;
    expect(groupCountField(board)).toEqual({
      label: 'Số ban (Ban bầu cử đại biểu Quốc hội)',
      hint: `Số lượng được đề nghị tính theo từng ban: “${board.sourceText}” (Mục IV.2.a).`,
    });
    expect(groupCountField(quotas.find((c) => c.id === 'xa-phuong')!)).toBeUndefined();
    const fields = unitChoiceFields(quotas);
    expect(fields).toMatchObject({ label: 'Đơn vị của bạn', placeholder: 'Chọn đơn vị', options });
    expect(fields.groupCounts.map((field) => field.categoryId)).toEqual(quotas.filter((c) => c.basis !== 'unit').map((c) => c.id));
    expect(fields.groupCounts[0]).toEqual({ categoryId: board.id, ...groupCountField(board) });
  });
});
