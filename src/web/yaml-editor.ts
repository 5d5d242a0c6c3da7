/**
 * The YAML view: CodeMirror 6 with the YAML mode. Built as its own bundle and
 * kept in the page as an unparsed data block; the page runs it only when the
 * YAML view is first opened. It registers itself on `globalThis`.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';

export interface YamlEditor {
  getText(): string;
  setText(text: string): void;
  /** Put the cursor at a 1-based line and column and focus the editor. */
  /** Put the cursor at line and column, or select up to `end` (exclusive) when given. */
  goTo(line: number, col: number, end?: { line: number; col: number }): void;
  focus(): void;
}

export interface YamlEditorFactory {
  create(parent: HTMLElement, text: string, label: string, onChange: (text: string) => void): YamlEditor;
}

const factory: YamlEditorFactory = {
  create(parent, text, label, onChange) {
    let silent = false;
    // In a shadow root CodeMirror's styles go into an adopted style sheet (CSSOM), which the
    // page's Content Security Policy allows; in the document itself they would be a <style> element.
    const shadow = parent.attachShadow({ mode: 'open' });
    const host = document.createElement('div');
    shadow.append(host);
    const view = new EditorView({
      parent: host,
      root: shadow,
      state: EditorState.create({
        doc: text,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          yaml(),
          EditorView.lineWrapping,
          EditorView.theme({
            // The editor grows with its text and the page scrolls: a scrolling box inside would need its own focus stop.
            '&': { fontSize: '0.95rem', color: '#1b1b1b', backgroundColor: '#fff' },
            '.cm-scroller': { fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace', overflow: 'visible' },
            '&.cm-focused': { outline: '3px solid #c2410c', outlineOffset: '2px' },
            '.cm-gutters': { backgroundColor: '#f3f4f6', color: '#4a4a4a', borderRight: '1px solid #8a8a8a' },
            '.cm-activeLine': { backgroundColor: '#eef2f8' },
            '.cm-activeLineGutter': { backgroundColor: '#dde4f0' },
          }),
          EditorState.tabSize.of(2),
          // Tab indents; Escape then Tab leaves the editor (CodeMirror's accessible tab handling).
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !silent) onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    return {
      getText: () => view.state.doc.toString(),
      setText(next) {
        if (next === view.state.doc.toString()) return;
        silent = true;
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
        silent = false;
      },
      goTo(line, col, end) {
        const doc = view.state.doc;
        const offset = (ln: number, c: number) => {
          const l = doc.line(Math.min(Math.max(1, ln), doc.lines));
          return Math.min(l.from + Math.max(0, c - 1), l.to);
        };
        const pos = offset(line, col);
        const head = end ? Math.max(pos, offset(end.line, end.col)) : pos;
        view.dispatch({ selection: { anchor: pos, head }, scrollIntoView: true });
        view.focus();
      },
      focus: () => view.focus(),
    };
  },
};

(globalThis as { samverkanYamlEditor?: YamlEditorFactory }).samverkanYamlEditor = factory;
