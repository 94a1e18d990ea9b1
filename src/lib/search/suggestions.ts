/** Words the search page offers when nothing is found; also always readable from their pinyin. */
export const SEARCH_SUGGESTIONS = ['戒毒康复', '三衔接', '6.26', '禁毒宣传', '社区康复', '志愿者'];
