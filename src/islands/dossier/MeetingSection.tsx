// Part 3 of /ho-so/: the council's meeting (for the minutes) and the letter's number and date.
// Loaded right after the page renders, with the other editors below the first screen.
import { VOTING_METHODS, votingMethodOf } from '../../schemas/meeting';
import type { MeetingMinutesForm } from '../../schemas/form';
import type { MeetingDraft } from '../../storage/dossierDraft';
import { upperFirst } from '../../text/vietnamese';
import { RadioGroup } from '../shared/fields';
import { pure } from '../shared/pure';
import { FieldList } from './FieldList';
import { FIELD_IDS } from './fieldIds';
import { LETTER_FIELDS, MEETING_FIELDS } from './meetingSpecs';
import type { MessagesByField } from './StatusLine';

interface Props {
  meeting: MeetingDraft;
  /** how the voting methods are worded (content/forms, meeting minutes) */
  methods: MeetingMinutesForm['votingMethods'];
  messages: MessagesByField;
  onChange: (key: keyof MeetingDraft, value: string) => void;
}

export const MeetingSection = pure(function MeetingSection({ meeting, methods, messages, onChange }: Props) {
  return (
    <>
      <h4>Biên bản họp xét khen thưởng</h4>
      <FieldList specs={MEETING_FIELDS} values={meeting} onChange={onChange} messages={messages} />
      <RadioGroup
        id={FIELD_IDS.meeting.votingMethod}
        label="Hình thức biểu quyết của Hội đồng"
        error={messages.get(FIELD_IDS.meeting.votingMethod)?.error}
        value={votingMethodOf(meeting.votingMethod)}
        choices={VOTING_METHODS.map((method) => ({ value: method, label: upperFirst(methods[method]) }))}
        onChange={(method) => onChange('votingMethod', method)}
        inline
      />
      <h4>Tờ trình</h4>
      <FieldList specs={LETTER_FIELDS} values={meeting} onChange={onChange} messages={messages} />
    </>
  );
});
