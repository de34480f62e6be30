/**
 * A reactive controller that gives its host the members of the project it
 * shows, loaded through the shared cache, and re-renders the host when they
 * arrive. Members that cannot be loaded leave the list empty: the views then
 * fall back to showing short ids.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsoleApi } from './api-client.js';
import { forgetMembers, loadMembers } from './members.js';
import type { Member } from '@aftercare/sdk/schemas';

/** Where the host's API client and project come from. */
export type MembersSource = () => { api: ConsoleApi | undefined; projectId: string | undefined };

/**
 * Follows the members of the host's project.
 *
 * @example
 * private readonly team = new MembersController(this, () => ({ api: this.api, projectId: this.projectId }));
 * render() { return html`${this.team.members.map((m) => m.name)}`; }
 */
export class MembersController implements ReactiveController {
  /** The members, by name; empty until loaded. */
  members: Member[] = [];
  /** True once the members of the current project arrived. */
  loaded = false;

  private readonly host: ReactiveControllerHost;
  private readonly source: MembersSource;
  private api: ConsoleApi | undefined;
  private projectId = '';

  constructor(host: ReactiveControllerHost, source: MembersSource) {
    this.host = host;
    this.source = source;
    host.addController(this);
  }

  /** Loads the members when the project (or the client) changed. */
  hostUpdate(): void {
    const { api, projectId } = this.source();
    if (!api || !projectId || (api === this.api && projectId === this.projectId)) return;
    this.api = api;
    this.projectId = projectId;
    this.loaded = false;
    this.members = [];
    void this.load(api, projectId);
  }

  /** Asks the server again (after the members changed). */
  reload(): void {
    if (!this.api || !this.projectId) return;
    forgetMembers(this.api, this.projectId);
    void this.load(this.api, this.projectId);
  }

  private async load(api: ConsoleApi, projectId: string): Promise<void> {
    try {
      const members = await loadMembers(api, projectId);
      if (api !== this.api || projectId !== this.projectId) return;
      this.members = members;
      this.loaded = true;
      this.host.requestUpdate();
    } catch {
      // Names are a nicety: without them the views show short ids.
    }
  }
}
