/** Every problem the validator can report: a stable code, a severity and a bilingual title. */
export const PROBLEM_CATALOGUE = {
  FLOW001: { severity: 'error', en: 'The flow has no start node', zh: '流程缺少开始节点' },
  FLOW002: { severity: 'error', en: 'The flow has several start nodes', zh: '流程有多个开始节点' },
  FLOW003: { severity: 'warning', en: 'Node cannot be reached from the start', zh: '节点无法从开始节点到达' },
  FLOW004: { severity: 'warning', en: 'Exit is not connected', zh: '出口未连接' },
  FLOW005: { severity: 'error', en: 'Intent node has no connected "no match" exit', zh: '意图节点的“未匹配”出口未连接' },
  FLOW006: { severity: 'error', en: 'Loop that never waits for the buyer', zh: '存在不等待买家回复的循环' },
  FLOW007: { severity: 'error', en: 'Unknown variable in a template', zh: '模板中使用了未知变量' },
  FLOW008: { severity: 'warning', en: 'Missing translation', zh: '缺少翻译' },
  FLOW009: { severity: 'warning', en: 'The same keyword is used by two intents', zh: '同一关键词被两个意图使用' },
  FLOW010: { severity: 'error', en: 'Bad working-hours range', zh: '营业时间设置有误' },
  FLOW011: { severity: 'error', en: 'Banned phrase in a reply', zh: '回复中含有平台禁用语' },
  FLOW012: { severity: 'error', en: 'Connection to or from a missing node or exit', zh: '连线指向不存在的节点或出口' },
  FLOW013: { severity: 'error', en: 'Intent node routes an unknown intent', zh: '意图节点引用了不存在的意图' },
  FLOW014: { severity: 'error', en: 'Unknown schedule', zh: '引用了不存在的营业时间' },
  FLOW015: { severity: 'error', en: 'Global trigger points to a missing node or intent', zh: '全局触发器指向不存在的节点或意图' },
  FLOW016: { severity: 'error', en: 'Invalid pattern', zh: '正则表达式无效' },
  FLOW017: { severity: 'error', en: 'Unknown variable', zh: '未知变量' },
  FLOW018: { severity: 'warning', en: 'Intent has neither keywords nor examples', zh: '意图既没有关键词也没有示例问题' },
  FLOW019: { severity: 'error', en: 'Two connections leave the same exit', zh: '同一出口有两条连线' },
  FLOW020: { severity: 'warning', en: 'Examples in a language the flow does not support', zh: '示例问题的语言不在流程支持的语言中' },
  FLOW021: { severity: 'warning', en: 'Intent is not routed by any intent node', zh: '意图未被任何意图节点使用' },
  FLOW022: { severity: 'warning', en: 'Reply text is empty', zh: '回复内容为空' },
  FLOW023: { severity: 'warning', en: 'A holiday is also a dated exception', zh: '节假日同时设置了特殊日期' },
  FLOW024: { severity: 'warning', en: 'Reply text in a language the flow does not support', zh: '回复内容的语言不在流程支持的语言中' },
  FLOW025: { severity: 'warning', en: 'Intent cannot be recognised in a language of the flow', zh: '意图在流程的某种语言中无法被识别' },
  FLOW026: { severity: 'error', en: 'Guard hand-over goes to a missing node', zh: '保护机制转人工指向不存在的节点' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; en: string; zh: string }>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;
export type Severity = 'error' | 'warning';

/** A coded problem found in a flow, pinned to a node and a JSON path, explained in both languages. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  nodeId: string | null;
  /** JSON path into the document, e.g. ['nodes', 3, 'data', 'reply', 'text', 'es']. */
  path: (string | number)[];
  message: { en: string; zh: string };
}
