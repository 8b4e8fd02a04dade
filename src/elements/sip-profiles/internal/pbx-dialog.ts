import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { SipProfileDetail, SipProfileSecret } from '../../../adapter/types.js';
import type { DialkitError } from '../../../core/errors.js';
import { reimportable } from '../../../core/reimport.js';
import { DialogController } from '../../shared/controllers/dialog.js';
import { TabsController } from '../../shared/controllers/tabs.js';
import type { PbxFile, PbxFormat } from './pbx/index.js';
import type { SipProfiles } from './model.js';

const FORMATS: readonly PbxFormat[] = ['asterisk', 'freeswitch', 'kamailio'];

/** The generators, loaded when the dialog first opens (this module itself is loaded on the first click). */
const generators = reimportable(() => import('./pbx/index.js'));

/**
 * "PBX configuration": what the company's PBX needs to use the profile, for
 * Asterisk (PJSIP), FreeSWITCH and Kamailio, each file shown as text with Copy
 * and Download. The password is masked until "Show secrets" asks the backend
 * for it (each reveal audited there); closing the dialog forgets it.
 */
export class PbxDialog {
  private format: PbxFormat = 'asterisk';
  private secret?: SipProfileSecret;
  private revealing = false;
  private revealError?: DialkitError;
  /** What the last Copy did, said beside the files. */
  private copyNote = '';
  private readonly dialog: DialogController;
  private readonly tabs: TabsController<PbxFormat>;
  private readonly module = new Task(this.s.host, {
    task: () => generators(),
    autoRun: false,
    args: () => [] as const,
  });

  constructor(private readonly s: SipProfiles) {
    this.dialog = new DialogController(s.host, { id: 'pbx-dialog', onClose: () => this.clear() });
    this.tabs = new TabsController<PbxFormat>(s.host, {
      tabs: FORMATS,
      current: () => this.format,
      select: (format) => {
        this.format = format;
        this.copyNote = '';
        s.host.requestUpdate();
      },
      labelKey: (format) => `sip:pbx.format.${format}`,
      t: s.i18n.t,
    });
  }

  show(opener: HTMLElement): void {
    void this.dialog.show(opener);
    if (!this.module.value) void this.module.run();
  }

  /** The secret is forgotten with the dialog. */
  private clear(): void {
    this.format = 'asterisk';
    this.secret = undefined;
    this.revealing = false;
    this.revealError = undefined;
    this.copyNote = '';
  }

  render(): TemplateResult {
    return this.dialog.render(() => this.renderBody(), { labelledBy: 'pbx-title' });
  }

  private renderBody(): TemplateResult | typeof nothing {
    const profile = this.s.profile();
    if (!profile?.trunk) return nothing;
    const t = this.s.i18n.t;
    return html`<div class="dialog-body pbx">
      <h2 id="pbx-title">${t('pbx.title', { profile: profile.name })}</h2>
      <p>${t('pbx.intro')}</p>
      ${this.renderSecretControl(profile)}
      ${this.tabs.renderList(t('pbx.formats'))}
      ${this.tabs.renderPanel(this.s.renderTask(this.module, { complete: (m) => this.renderFiles(m, profile) }))}
      <p class="pbx-note" role="status">${this.copyNote}</p>
      <div class="dialog-actions">
        <button type="button" class="button" @click=${() => this.dialog.close()}>${t('common:close')}</button>
      </div>
    </div>`;
  }

  private renderSecretControl(profile: SipProfileDetail): TemplateResult {
    const t = this.s.i18n.t;
    if (profile.authMode !== 'registration') return html`<p class="hint">${t('pbx.noSecret')}</p>`;
    const shown = !!this.secret;
    return html`<div class="pbx-secret">
      <p id="pbx-secret-note" class="hint">${shown ? t('pbx.secretShown') : t('pbx.secretMasked')}</p>
      <button
        type="button"
        class="button"
        id="pbx-reveal"
        aria-pressed=${shown ? 'true' : 'false'}
        aria-describedby="pbx-secret-note"
        aria-busy=${this.revealing ? 'true' : 'false'}
        @click=${() => void this.toggleSecret(profile)}
      >
        ${t('pbx.showSecrets')}
      </button>
      ${this.revealError ? html`<p class="field-error" role="alert">${this.s.services.describe(this.revealError)}</p>` : nothing}
    </div>`;
  }

  /** The button stays enabled while the backend answers (disabling it would drop the focus); a press meanwhile does nothing. */
  private async toggleSecret(profile: SipProfileDetail): Promise<void> {
    if (this.revealing) return;
    if (this.secret) {
      this.secret = undefined;
      this.s.host.requestUpdate();
      return;
    }
    this.revealing = true;
    this.revealError = undefined;
    this.s.host.requestUpdate();
    const result = await this.s.services.backend().revealSipProfileSecret(profile.id);
    this.revealing = false;
    // The dialog closed meanwhile, or shows another profile: the answer is not kept.
    if (this.dialog.open && this.s.profile()?.id === profile.id) {
      if (result.ok) this.secret = result.data;
      else this.revealError = this.s.services.report('revealSipProfileSecret', result.error);
    }
    this.s.host.requestUpdate();
  }

  private renderFiles(m: typeof import('./pbx/index.js'), profile: SipProfileDetail): TemplateResult {
    const t = this.s.i18n.t;
    let files: PbxFile[];
    try {
      files = m.pbxConfiguration(this.format, { profile: { ...profile, trunk: profile.trunk! }, secret: this.secret });
    } catch (error) {
      if (!(error instanceof m.PbxValueError)) throw error;
      return html`<p class="field-error" role="alert">${t('pbx.badValue', { field: error.field })}</p>`;
    }
    return html`${files.map(
      (file, i) => html`<div class="pbx-file">
        <h3 id="pbx-file-${i}" translate="no">${file.name}</h3>
        <p class="hint">${t('pbx.place')} <code translate="no">${file.place}</code></p>
        <pre class="pbx-code" role="region" tabindex="0" aria-labelledby="pbx-file-${i}" id="pbx-code-${i}">${file.text}</pre>
        <div class="pbx-actions">
          <button type="button" class="button" id="pbx-copy-${i}" aria-labelledby="pbx-copy-${i} pbx-file-${i}" @click=${() => void this.copy(file, i)}>
            ${t('pbx.copy')}
          </button>
          <button type="button" class="button" id="pbx-download-${i}" aria-labelledby="pbx-download-${i} pbx-file-${i}" @click=${() => this.download(file)}>
            ${t('pbx.download')}
          </button>
        </div>
      </div>`,
    )}`;
  }

  /** Copies the file; where the page may not write the clipboard, selects its text and says how to copy it. */
  private async copy(file: PbxFile, index: number): Promise<void> {
    const t = this.s.i18n.t;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(file.text);
      this.copyNote = t('pbx.copied', { name: file.name });
    } catch {
      const code = this.s.host.renderRoot.querySelector<HTMLElement>(`#pbx-code-${index}`);
      if (code) {
        code.focus();
        getSelection()?.selectAllChildren(code);
      }
      this.copyNote = t('pbx.copyFailed');
    }
    this.s.host.requestUpdate();
  }

  private download(file: PbxFile): void {
    const url = URL.createObjectURL(new Blob([file.text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.hidden = true;
    this.s.host.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.copyNote = this.s.i18n.t('pbx.downloaded', { name: file.name });
    this.s.host.requestUpdate();
  }
}
