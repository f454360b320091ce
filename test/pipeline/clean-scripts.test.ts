/**
 * Scripts without letter case: those that space their words (Arabic, Hebrew,
 * Korean) are read by words and stops, as cased ones are; Chinese and
 * Japanese, which do not, by characters. Lines written for this test.
 */
import { describe, expect, it } from 'vitest'
import { classifyLine } from '../../src/pipeline/clean/classify.ts'
import { describeLine, isSpaced } from '../../src/pipeline/clean/lines.ts'

describe('isSpaced', () => {
  it.each([
    ['Arabic', 'وقال رئيس البلدية إن المشروع سينتهي قريباً.', true],
    ['Hebrew', 'העירייה פתחה את הגשר החדש לתנועה', true],
    ['Korean', '시내버스 노선 개편안 확정', true],
    ['Chinese', '江城地铁5号线全线贯通 预计年底开通运营', false],
    ['Japanese', '港の旧倉庫、観光交流施設に 来春開業へ', false],
  ])('%s: %s', (_, text, spaced) => {
    expect(isSpaced(describeLine(text, 0))).toBe(spaced)
  })
})

describe('classifyLine in scripts without case', () => {
  it.each([
    // A headline of seven words and 45 characters, no stop: as long as a short paragraph in characters, still a headline.
    ['Arabic headline', 'بدء التسجيل في المدارس الحكومية للعام الجديد', 'short'],
    ['Arabic sentence', 'وبلغت تكلفة المشروع نحو خمسة وثلاثين مليون دينار، واستغرق تنفيذه ثلاث سنوات.', 'prose'],
    // Thirteen words without a stop: a paragraph that lost it.
    ['Arabic paragraph without its stop', 'وأوضح مدير المشروع أن المحطة تعمل جزئياً بالطاقة الشمسية مما يقلل من استهلاك الوقود وتكاليف التشغيل', 'prose'],
    ['Korean headline', '아파트 화재로 주민 30여 명 대피', 'short'],
    // Japanese has no spaces: forty characters without a stop are running text.
    ['Japanese, 40 characters without a stop', '市は港の旧倉庫を改修し観光交流施設として来春に開業すると発表した地元の特産品を販売する', 'prose'],
  ])('%s', (_, text, kind) => {
    expect(classifyLine(describeLine(text, 0)).kind).toBe(kind)
  })
})
