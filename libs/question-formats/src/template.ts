import type { QuestionInput } from '@reform-quiz/contracts';
import { questionToRow } from './row-model';
import { buildWorkbook } from './workbook';

/** Worked examples in the blank template, one per common type, on real administrative-reform texts. */
export const TEMPLATE_EXAMPLES: QuestionInput[] = [
  {
    type: 'single_choice',
    stem: 'Nghị định số 61/2018/NĐ-CP của Chính phủ quy định về nội dung nào?',
    options: [
      { text: 'Kiểm soát thủ tục hành chính', isCorrect: false },
      { text: 'Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', isCorrect: true },
      { text: 'Công tác văn thư', isCorrect: false },
      { text: 'Xử phạt vi phạm hành chính', isCorrect: false },
    ],
    acceptedAnswers: [],
    accentInsensitive: false,
    points: 1,
    topic: 'procedures',
    difficulty: 'easy',
    explanation: 'Nghị định 61/2018/NĐ-CP ngày 23/4/2018 quy định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.',
    source: { document: 'Nghị định 61/2018/NĐ-CP', article: null, date: '2018-04-23' },
    tags: ['một cửa'],
  },
  {
    type: 'true_false',
    stem: 'Nghị quyết số 76/NQ-CP của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030.',
    options: [
      { text: 'Đúng', isCorrect: true },
      { text: 'Sai', isCorrect: false },
    ],
    acceptedAnswers: [],
    accentInsensitive: false,
    points: 1,
    topic: 'general',
    difficulty: 'easy',
    explanation: 'Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030.',
    source: { document: 'Nghị quyết 76/NQ-CP', article: null, date: '2021-07-15' },
    tags: ['chương trình tổng thể'],
  },
  {
    type: 'short_text',
    stem: 'Ghi số hiệu nghị định của Chính phủ ban hành ngày 08/6/2010 về kiểm soát thủ tục hành chính.',
    options: [],
    acceptedAnswers: ['63/2010/NĐ-CP', 'Nghị định 63/2010/NĐ-CP'],
    accentInsensitive: true,
    points: 2,
    topic: 'procedures',
    difficulty: 'medium',
    explanation: 'Nghị định 63/2010/NĐ-CP ngày 08/6/2010 quy định về kiểm soát thủ tục hành chính; được sửa đổi bởi Nghị định 48/2013/NĐ-CP và Nghị định 92/2017/NĐ-CP.',
    source: { document: 'Nghị định 63/2010/NĐ-CP', article: null, date: '2010-06-08' },
    tags: ['kiểm soát thủ tục hành chính'],
  },
];

/** The blank template organizers download: the export layout with three example rows. */
export async function writeTemplate(): Promise<Buffer> {
  return buildWorkbook(TEMPLATE_EXAMPLES.map(questionToRow));
}
