import { CoachDatabase } from '../db/database';
import { TeamMetricsService } from './team-service';
import type { FromTeamService, ToTeamService } from './team-protocol';

// A dedicated worker: the team's series are computed here so the screen never freezes, whatever the
// size of the club (ARCHITECTURE.md, "Scale"). It opens the same IndexedDB database as the page;
// Dexie's live queries hear the page's writes through a BroadcastChannel.
let service: TeamMetricsService | null = null;

function send(message: FromTeamService): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<ToTeamService>) => {
  const message = event.data;
  if (message.type === 'open') {
    service?.stop();
    service = new TeamMetricsService(new CoachDatabase(message.databaseName), send);
    service.start();
    return;
  }
  if (service === null) {
    send({
      type: 'error',
      id: message.id,
      message: 'The team metrics worker was asked before it was opened',
    });
    return;
  }
  service.query(message.id, message.query);
});
