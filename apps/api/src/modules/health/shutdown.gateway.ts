import { OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { LIVE_NAMESPACE } from '@reform-quiz/contracts';
import type { Namespace } from 'socket.io';
import { Drain } from './drain.service';

/**
 * Hands the `/live` namespace to the drain, which tells its sockets to
 * reconnect when the process shuts down. It listens to no client event: the
 * live gateway serves the namespace.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class ShutdownGateway implements OnGatewayInit {
  constructor(private readonly drain: Drain) {}

  afterInit(namespace: Namespace): void {
    this.drain.attach(namespace);
  }
}
