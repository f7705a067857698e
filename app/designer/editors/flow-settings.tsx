'use client';
/**
 * The flow's own settings, shown when no step is selected: languages, conversation rules,
 * matching, robot mode, global triggers, variables, the knowledge base and working hours.
 */
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FlowDocument } from '../../../flows/document';
import type { RobotSettings, Settings } from '../../../flows/settings';
import { Badge } from '../../ui/badge';
import { useDesigner } from '../context';
import { Collapsible } from './collapsible';
import { FormRow, PathSelect, RadioCard, SwitchRow, useLanguageName } from './controls';
import { DraftInput, DraftNumber } from './draft';
import { fieldId, type Issue } from './issues';
import { KnowledgeBase } from './knowledge-base';
import { LanguagesEditor } from './languages-editor';
import { SchedulesList } from './schedules-list';
import { useDocEditor } from './scope';
import { ThresholdControl } from './threshold';
import { TriggersEditor } from './triggers-editor';
import { VariablesEditor } from './variables-editor';

const FIRST_HANDOFF = '__first_handoff__';

function withGuardTarget(settings: Settings, target: string | undefined): Settings {
  const { guardHandoffTarget: _old, ...rest } = settings;
  return target === undefined ? rest : { ...rest, guardHandoffTarget: target };
}

/** Where the repeat limit and a "not resolved" rating hand over: a step of the flow, or the first hand-over's message at once. */
function GuardHandoffTarget({ value, onChange }: { value: string | undefined; onChange(target: string | undefined): void }) {
  const t = useTranslations('inspector.flow');
  const tk = useTranslations('designer.kinds');
  const nodes = useDesigner((s) => s.doc.nodes);
  const path = ['settings', 'guardHandoffTarget'];
  // Working-hours checks and hand-overs first: what a guard usually goes through.
  const rank = (kind: string) => (kind === 'working_hours' ? 0 : kind === 'handoff' ? 1 : kind === 'agent_status' ? 2 : 3);
  const targets = nodes.filter((n) => n.kind !== 'start').sort((a, b) => rank(a.kind) - rank(b.kind));
  const options = [{ value: FIRST_HANDOFF, label: t('guardHandoffFirst') }, ...targets.map((n) => ({ value: n.id, label: n.label || `${tk(n.kind)} · ${n.id}` }))];
  if (value !== undefined && !nodes.some((n) => n.id === value)) options.push({ value, label: value });
  return (
    <FormRow htmlFor={fieldId(path)} label={t('guardHandoffTarget')} hint={t('guardHandoffTargetHint')}>
      <PathSelect path={path} className="h-8 text-sm" value={value ?? FIRST_HANDOFF} options={options} onValueChange={(v) => onChange(v === FIRST_HANDOFF ? undefined : v)} />
    </FormRow>
  );
}

export function FlowSettings({ intro }: { intro?: ReactNode }) {
  const t = useTranslations('inspector.flow');
  const doc = useDesigner((s) => s.doc);
  const editDoc = useDocEditor();
  const name = useLanguageName();
  const settings = doc.settings;
  const setSetting = <K extends keyof Settings>(key: K, value: Settings[K]): Issue[] => editDoc((d) => ({ ...d, settings: { ...d.settings, [key]: value } }), ['settings', key]);
  const setRobot = (change: (r: RobotSettings) => RobotSettings): Issue[] => editDoc((d) => ({ ...d, settings: { ...d.settings, robot: change(d.settings.robot) } }), ['settings', 'robot']);
  const count = (n: number) => (
    <Badge tone="neutral" className="px-1.5 py-0 text-[10px]">
      {n}
    </Badge>
  );

  return (
    <div data-testid="flow-settings">
      <div className="space-y-1 px-4 pb-3 pt-1">
        <h2 className="text-sm font-semibold text-slate-900">{t('title')}</h2>
        {intro ? <p className="text-xs leading-snug text-slate-500">{intro}</p> : null}
      </div>
      <Collapsible title={t('general')} paths={[['name'], ['description']]} summary={doc.name} testId="section-general">
        <FormRow htmlFor={fieldId(['name'])} label={t('name')}>
          <DraftInput path={['name']} value={doc.name} maxLength={120} onCommit={(v) => editDoc((d) => ({ ...d, name: v }), ['name'])} />
        </FormRow>
        <FormRow htmlFor={fieldId(['description'])} label={t('description')}>
          <DraftInput path={['description']} value={doc.description} maxLength={2000} placeholder={t('descriptionPlaceholder')} onCommit={(v) => editDoc((d) => ({ ...d, description: v }), ['description'])} />
        </FormRow>
        <p className="text-xs text-slate-500">{t('market', { market: doc.market })}</p>
      </Collapsible>

      <Collapsible title={t('languages')} paths={[['languages']]} summary={doc.languages.supported.map(name).join(' · ')} testId="section-languages">
        <LanguagesEditor />
      </Collapsible>

      <Collapsible title={t('conversation')} paths={[['settings', 'sessionWindowSeconds'], ['settings', 'burstWindowSeconds'], ['settings', 'repeatLimit'], ['settings', 'fallbackEscalation'], ['settings', 'maxStepsPerEvent'], ['settings', 'handoffOnUnresolved'], ['settings', 'handoffQueue'], ['settings', 'guardHandoffTarget']]} testId="section-conversation">
        <FormRow htmlFor={fieldId(['settings', 'sessionWindowSeconds'])} label={t('sessionWindow')} hint={t('sessionWindowHint')}>
          <DraftNumber path={['settings', 'sessionWindowSeconds']} value={settings.sessionWindowSeconds} scale={60} suffix={t('minutes')} onCommit={(v) => setSetting('sessionWindowSeconds', v ?? 1800)} />
        </FormRow>
        <FormRow htmlFor={fieldId(['settings', 'burstWindowSeconds'])} label={t('burstWindow')} hint={t('burstWindowHint')}>
          <DraftNumber path={['settings', 'burstWindowSeconds']} value={settings.burstWindowSeconds} suffix={t('seconds')} onCommit={(v) => setSetting('burstWindowSeconds', v ?? 30)} />
        </FormRow>
        <FormRow htmlFor={fieldId(['settings', 'repeatLimit'])} label={t('repeatLimit')} hint={t('repeatLimitHint')}>
          <DraftNumber path={['settings', 'repeatLimit']} value={settings.repeatLimit} onCommit={(v) => setSetting('repeatLimit', v ?? 3)} />
        </FormRow>
        <FormRow htmlFor={fieldId(['settings', 'fallbackEscalation'])} label={t('fallbackEscalation')} hint={t('fallbackEscalationHint')}>
          <DraftNumber path={['settings', 'fallbackEscalation']} value={settings.fallbackEscalation} onCommit={(v) => setSetting('fallbackEscalation', v ?? 2)} />
        </FormRow>
        <FormRow htmlFor={fieldId(['settings', 'maxStepsPerEvent'])} label={t('stepBudget')} hint={t('stepBudgetHint')}>
          <DraftNumber path={['settings', 'maxStepsPerEvent']} value={settings.maxStepsPerEvent} onCommit={(v) => setSetting('maxStepsPerEvent', v ?? 50)} />
        </FormRow>
        <SwitchRow path={['settings', 'handoffOnUnresolved']} label={t('handoffOnUnresolved')} hint={t('handoffOnUnresolvedHint')} checked={settings.handoffOnUnresolved} onCheckedChange={(v) => setSetting('handoffOnUnresolved', v)} />
        <FormRow htmlFor={fieldId(['settings', 'handoffQueue'])} label={t('handoffQueue')} hint={t('handoffQueueHint')}>
          <DraftInput path={['settings', 'handoffQueue']} value={settings.handoffQueue} maxLength={64} onCommit={(v) => setSetting('handoffQueue', v)} />
        </FormRow>
        <GuardHandoffTarget value={settings.guardHandoffTarget} onChange={(v) => editDoc((d) => ({ ...d, settings: withGuardTarget(d.settings, v) }), ['settings', 'guardHandoffTarget'])} />
      </Collapsible>

      <Collapsible title={t('matching')} paths={[['settings', 'matchThreshold']]} summary={t('thresholdSummary', { value: settings.matchThreshold })} testId="section-matching">
        <FormRow label={t('threshold')} hint={t('thresholdHint')}>
          <ThresholdControl value={settings.matchThreshold} inherited={50} inheritedFrom="" allowInherit={false} path={['settings', 'matchThreshold']} onCommit={(v) => setSetting('matchThreshold', v ?? 50)} />
        </FormRow>
      </Collapsible>

      <Collapsible title={t('robot')} paths={[['settings', 'robot']]} summary={robotSummary(doc, t)} testId="section-robot">
        <RobotEditor robot={settings.robot} schedules={doc.schedules} setRobot={setRobot} />
      </Collapsible>

      <Collapsible title={t('triggers')} badge={count(doc.globalTriggers.length)} paths={[['globalTriggers']]} testId="section-triggers">
        <p className="text-xs leading-snug text-slate-500">{t('triggersHint')}</p>
        <TriggersEditor />
      </Collapsible>

      <Collapsible title={t('variables')} badge={count(doc.variables.length)} paths={[['variables']]} testId="section-variables">
        <p className="text-xs leading-snug text-slate-500">{t('variablesHint')}</p>
        <VariablesEditor />
      </Collapsible>

      <Collapsible title={t('knowledge')} badge={count(doc.intents.length)} paths={[['intents']]} testId="section-knowledge">
        <KnowledgeBase />
      </Collapsible>

      <Collapsible title={t('schedules')} badge={count(doc.schedules.length)} paths={[['schedules']]} testId="section-schedules">
        <SchedulesList />
      </Collapsible>
    </div>
  );
}

function robotSummary(doc: FlowDocument, t: (key: string) => string): string {
  const r = doc.settings.robot;
  return r.mode === 'assist' ? t('robotModes.assist') : `${t('robotModes.auto')} · ${t(`autoWhen.${r.autoWhen}`)}`;
}

const FIRST_SCHEDULE = '__first__';

function RobotEditor({ robot, schedules, setRobot }: { robot: RobotSettings; schedules: FlowDocument['schedules']; setRobot(change: (r: RobotSettings) => RobotSettings): Issue[] }) {
  const t = useTranslations('inspector.flow');
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-2 gap-1.5" role="radiogroup" aria-label={t('robotMode')} data-path="settings.robot.mode">
        {(['auto', 'assist'] as const).map((mode) => (
          <RadioCard key={mode} checked={robot.mode === mode} onSelect={() => setRobot((r) => ({ ...r, mode }))} title={t(`robotModes.${mode}`)} hint={t(`robotModeHints.${mode}`)} testId={`robot-${mode}`} />
        ))}
      </div>
      {robot.mode === 'auto' ? (
        <FormRow htmlFor={fieldId(['settings', 'robot', 'autoWhen'])} label={t('autoWhenLabel')}>
          <PathSelect
            path={['settings', 'robot', 'autoWhen']}
            value={robot.autoWhen}
            options={(['always', 'outside_hours', 'no_agent_available'] as const).map((w) => ({ value: w, label: t(`autoWhen.${w}`) }))}
            onValueChange={(v) => setRobot((r) => ({ ...r, autoWhen: v as RobotSettings['autoWhen'] }))}
          />
        </FormRow>
      ) : null}
      {robot.mode === 'auto' && robot.autoWhen === 'outside_hours' ? (
        <FormRow htmlFor={fieldId(['settings', 'robot', 'scheduleId'])} label={t('robotSchedule')} hint={schedules.length === 0 ? t('robotNoSchedule') : undefined}>
          <PathSelect
            path={['settings', 'robot', 'scheduleId']}
            value={robot.scheduleId ?? FIRST_SCHEDULE}
            options={[{ value: FIRST_SCHEDULE, label: t('robotFirstSchedule') }, ...schedules.map((s) => ({ value: s.id, label: s.name }))]}
            onValueChange={(v) =>
              setRobot((r) => {
                const next = { ...r };
                if (v === FIRST_SCHEDULE) delete next.scheduleId;
                else next.scheduleId = v;
                return next;
              })
            }
          />
        </FormRow>
      ) : null}
      {robot.mode === 'assist' ? <SwitchRow path={['settings', 'robot', 'assistAutoSend']} label={t('assistAutoSend')} hint={t('assistAutoSendHint')} checked={robot.assistAutoSend} onCheckedChange={(v) => setRobot((r) => ({ ...r, assistAutoSend: v }))} /> : null}
    </div>
  );
}
