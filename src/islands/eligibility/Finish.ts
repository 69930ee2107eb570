// What the self-check shows after the questions, loaded together by a dynamic import once the last
// questions are reached: the summary of the answers, the result and its next steps.
export { CheckAnswers } from './CheckAnswers';
export { Result } from './Result';
