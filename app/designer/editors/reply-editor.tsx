'use client';
/**
 * The reply editor every node kind that speaks uses: one tab per flow language (missing
 * translations marked), variables inserted at the caret from a list, unknown variables and
 * banned phrases flagged as you type, and quick-reply buttons.
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { ArrowDown, ArrowUp, Braces, Plus, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useMemo, useRef, type ReactNode } from 'react';
import type { Intent } from '../../../flows/intent';
import type { QuickReply, Reply } from '../../../flows/reply';
import { BUILTIN_VARIABLES } from '../../../flows/variable';
import { Button } from '../../ui/button';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../../ui/tabs';
import { useDesigner } from '../context';
import { freshId } from '../defaults';
import { pickText } from '../text';
import { FormRow, IconButton, MissingDot, PathSelect, useLanguageName } from './controls';
import { DraftInput } from './draft';
import { fieldId, type Issue, type Path } from './issues';
import { LocalizedFields, setLocalized } from './localized-fields';
import { useChoice, useFocusRequest, useReadOnly } from './scope';
import { knownVariables } from './template-check';
import { TemplateTextarea, type TemplateTextareaHandle } from './template-textarea';
import { useLocale } from 'next-intl';

export type ReplyChange = (change: (reply: Reply) => Reply) => Issue[];

export function ReplyEditor({ reply, path, onChange, label, hint, buttons = true, testId }: { reply: Reply; path: Path; onChange: ReplyChange; label: ReactNode; hint?: ReactNode; buttons?: boolean; testId?: string }) {
  const t = useTranslations('inspector');
  const languages = useDesigner((s) => s.doc.languages);
  const market = useDesigner((s) => s.doc.market);
  const variables = useDesigner((s) => s.doc.variables);
  const known = useMemo(() => knownVariables({ variables }), [variables]);
  const readOnly = useReadOnly();
  const name = useLanguageName();
  const request = useFocusRequest(path);
  const requestedLang = request && request.rest[0] === 'text' && typeof request.rest[1] === 'string' && languages.supported.includes(request.rest[1]) ? { value: request.rest[1], nonce: request.nonce } : null;
  const [active, setActive] = useChoice(languages.default, requestedLang);
  const lang = languages.supported.includes(active) ? active : languages.default;
  const textarea = useRef<TemplateTextareaHandle>(null);
  const missing = languages.supported.filter((l) => (reply.text[l] ?? '').trim() === '');

  return (
    <div className="space-y-2" data-testid={testId ?? `reply-${path.join('.')}`}>
      <div className="flex items-center gap-2">
        <span className="text-sm font-medium text-slate-700" id={`${fieldId(path)}-label`}>
          {label}
        </span>
        {!readOnly ? (
          <div className="ml-auto">
            <VariableMenu known={known} onPick={(v) => textarea.current?.insert(`{${v}}`)} />
          </div>
        ) : null}
      </div>
      {hint ? <p className="-mt-1 text-xs leading-snug text-slate-500">{hint}</p> : null}
      <Tabs value={lang} onValueChange={setActive}>
        <TabsList className="flex w-full flex-wrap gap-0">
          {languages.supported.map((l) => (
            <TabsTrigger key={l} value={l} className="px-2 py-1.5 text-xs" data-testid={`lang-tab-${l}`} data-missing={missing.includes(l) || undefined}>
              {name(l)}
              {l === languages.default ? <span className="text-[10px] font-normal text-slate-400">{t('reply.default')}</span> : null}
              {missing.includes(l) ? <MissingDot label={t('reply.missing')} /> : null}
            </TabsTrigger>
          ))}
        </TabsList>
        <TabsContent value={lang} className="space-y-1.5 pt-2">
          {missing.includes(lang) ? (
            <p className="text-xs text-amber-700" data-testid="missing-translation">
              {lang === languages.default ? t('reply.missingDefault') : t('reply.missingHint', { language: name(lang), fallback: name(languages.default) })}
            </p>
          ) : null}
          <TemplateTextarea
            key={lang}
            handle={textarea}
            path={[...path, 'text', lang]}
            label={`${typeof label === 'string' ? label : ''} (${name(lang)})`}
            value={reply.text[lang] ?? ''}
            known={known}
            market={market}
            language={lang}
            disabled={readOnly}
            placeholder={lang !== languages.default ? pickText(reply.text, [languages.default]) : t('reply.placeholder')}
            onCommit={(text) => onChange((r) => ({ ...r, text: setLocalized(r.text, lang, text) }))}
          />
        </TabsContent>
      </Tabs>
      {buttons ? <QuickReplies buttons={reply.buttons} path={[...path, 'buttons']} onChange={(change) => onChange((r) => ({ ...r, buttons: change(r.buttons) }))} /> : null}
    </div>
  );
}

function VariableMenu({ known, onPick }: { known: readonly string[]; onPick(name: string): void }) {
  const t = useTranslations('inspector');
  const variables = useDesigner((s) => s.doc.variables);
  const own = variables.map((v) => v.name);
  const builtins = known.filter((n) => !own.includes(n) && n in BUILTIN_VARIABLES);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button type="button" variant="secondary" size="sm" className="h-7 px-2 text-xs" data-testid="insert-variable">
          <Braces className="h-3.5 w-3.5" aria-hidden />
          {t('reply.insertVariable')}
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} className="z-50 max-h-80 w-72 overflow-y-auto rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg">
          {own.length > 0 ? <DropdownMenu.Label className="px-2 py-1 text-xs font-medium text-slate-500">{t('variables.flowGroup')}</DropdownMenu.Label> : null}
          {variables.map((v) => (
            <DropdownMenu.Item key={v.name} onSelect={() => onPick(v.name)} className="flex cursor-pointer items-baseline gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-slate-100">
              <code className="text-indigo-700">{`{${v.name}}`}</code>
              <span className="truncate text-xs text-slate-500">{v.description || t(`variableTypes.${v.type}`)}</span>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Label className="px-2 py-1 text-xs font-medium text-slate-500">{t('variables.builtinGroup')}</DropdownMenu.Label>
          {builtins.map((n) => (
            <DropdownMenu.Item key={n} onSelect={() => onPick(n)} className="flex cursor-pointer items-baseline gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-slate-100" data-testid={`variable-${n}`}>
              <code className="text-indigo-700">{`{${n}}`}</code>
              <span className="truncate text-xs text-slate-500">{t(`builtins.${n}`)}</span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

const INTENT_PREFIX = 'intent:';

/** Quick-reply buttons: a label per language and what tapping does (ask a question, or send text). */
export function QuickReplies({ buttons, path, onChange }: { buttons: QuickReply[]; path: Path; onChange(change: (buttons: QuickReply[]) => QuickReply[]): Issue[] }) {
  const t = useTranslations('inspector');
  const locale = useLocale();
  const intents = useDesigner((s) => s.doc.intents);
  const languages = useDesigner((s) => s.doc.languages);
  const readOnly = useReadOnly();
  const prefer = [locale, languages.default, ...languages.supported];
  const intentName = (i: Intent) => pickText(i.name, prefer) || i.id;

  const add = () =>
    onChange((list) => {
      const used = new Set(list.map((b) => b.payload));
      const intent = intents.find((i) => !used.has(`${INTENT_PREFIX}${i.id}`));
      const label: Record<string, string> = {};
      if (intent) for (const l of languages.supported) if (intent.name[l]?.trim()) label[l] = intent.name[l]!;
      if (Object.keys(label).length === 0) label[languages.default] = t('buttons.newLabel');
      return [...list, { id: freshId('btn', list.map((b) => b.id)), label, payload: intent ? `${INTENT_PREFIX}${intent.id}` : t('buttons.newLabel') }];
    });
  const move = (i: number, by: number) =>
    onChange((list) => {
      const next = [...list];
      const [b] = next.splice(i, 1);
      if (b) next.splice(Math.max(0, Math.min(next.length, i + by)), 0, b);
      return next;
    });

  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50/60 p-2" data-testid="quick-replies">
      <div className="flex items-center gap-2">
        <span className="text-xs font-medium text-slate-600">{t('buttons.title', { count: buttons.length })}</span>
        {!readOnly && buttons.length < 10 ? (
          <Button type="button" variant="ghost" size="sm" className="ml-auto h-7 px-2 text-xs" onClick={add} data-testid="add-button">
            <Plus className="h-3.5 w-3.5" aria-hidden />
            {t('buttons.add')}
          </Button>
        ) : null}
      </div>
      {buttons.length === 0 ? <p className="text-xs text-slate-500">{t('buttons.none')}</p> : null}
      {buttons.map((b, i) => {
        const isIntent = b.payload.startsWith(INTENT_PREFIX);
        const bPath = [...path, i];
        const set = (change: (b: QuickReply) => QuickReply) => onChange((list) => list.map((x, k) => (k === i ? change(x) : x)));
        return (
          <div key={b.id} className="space-y-2 rounded-md border border-slate-200 bg-white p-2" data-testid={`button-${b.id}`}>
            <div className="flex items-center gap-1">
              <span className="text-xs font-medium text-slate-500">{t('buttons.number', { n: i + 1 })}</span>
              {!readOnly ? (
                <div className="ml-auto flex">
                  <IconButton label={t('common.moveUp')} disabled={i === 0} onClick={() => move(i, -1)}>
                    <ArrowUp className="h-3.5 w-3.5" />
                  </IconButton>
                  <IconButton label={t('common.moveDown')} disabled={i === buttons.length - 1} onClick={() => move(i, 1)}>
                    <ArrowDown className="h-3.5 w-3.5" />
                  </IconButton>
                  <IconButton label={t('buttons.remove')} onClick={() => onChange((list) => list.filter((_, k) => k !== i))}>
                    <Trash2 className="h-3.5 w-3.5" />
                  </IconButton>
                </div>
              ) : null}
            </div>
            <LocalizedFields value={b.label} path={[...bPath, 'label']} maxLength={40} onCommit={(change) => set((x) => ({ ...x, label: change(x.label) }))} />
            <FormRow htmlFor={fieldId([...bPath, 'payload'])} label={<span className="text-xs">{t('buttons.action')}</span>}>
              <div className="flex gap-2">
                <PathSelect
                  path={[...bPath, 'payloadKind']}
                  className="h-8 w-36 shrink-0 text-xs"
                  value={isIntent ? 'intent' : 'text'}
                  disabled={readOnly}
                  options={[
                    { value: 'intent', label: t('buttons.askIntent') },
                    { value: 'text', label: t('buttons.sendText') },
                  ]}
                  onValueChange={(kind) =>
                    set((x) => {
                      if (kind === 'intent') {
                        const first = intents[0];
                        return first ? { ...x, payload: `${INTENT_PREFIX}${first.id}` } : x;
                      }
                      const text = pickText(x.label, prefer) || t('buttons.newLabel');
                      return { ...x, payload: text };
                    })
                  }
                />
                {isIntent ? (
                  <PathSelect
                    path={[...bPath, 'payload']}
                    className="h-8 min-w-0 flex-1 text-xs"
                    value={b.payload.slice(INTENT_PREFIX.length)}
                    disabled={readOnly}
                    placeholder={t('buttons.pickIntent')}
                    options={[
                      ...intents.map((intent) => ({ value: intent.id, label: intentName(intent) })),
                      ...(intents.some((x) => `${INTENT_PREFIX}${x.id}` === b.payload) ? [] : [{ value: b.payload.slice(INTENT_PREFIX.length), label: t('buttons.missingIntent', { id: b.payload.slice(INTENT_PREFIX.length) }) }]),
                    ]}
                    onValueChange={(id) =>
                      set((x) => {
                        const intent = intents.find((n) => n.id === id);
                        const label = { ...x.label };
                        if (intent) for (const l of languages.supported) if (!label[l]?.trim() && intent.name[l]?.trim()) label[l] = intent.name[l]!;
                        return { ...x, payload: `${INTENT_PREFIX}${id}`, label };
                      })
                    }
                  />
                ) : (
                  <DraftInput path={[...bPath, 'payload']} className="h-8 text-xs" value={b.payload} disabled={readOnly} maxLength={200} onCommit={(text) => set((x) => ({ ...x, payload: text }))} />
                )}
              </div>
            </FormRow>
          </div>
        );
      })}
    </div>
  );
}
