import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { REFRESH_COOKIE, type SessionResponse } from '@reform-quiz/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Caller, CurrentCaller, Public } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { AuthService } from './auth.service';
import { RefreshCookie } from './refresh-cookie';
import { SameOriginCheck } from './same-origin';
import { LoginDto } from './dto/login.dto';
import { RefreshDto } from './dto/refresh.dto';
import { RegisterDto } from './dto/register.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
    private readonly sameOrigin: SameOriginCheck,
  ) {}

  /** The refresh token from the body, or else from the cookie, which only a same-origin JSON request may use. */
  private refreshToken(body: RefreshDto, request: FastifyRequest): string | undefined {
    if (body.refreshToken !== undefined) return body.refreshToken;
    const cookie = request.cookies[REFRESH_COOKIE];
    if (cookie !== undefined) this.sameOrigin.assertCookieRequest(request);
    return cookie;
  }

  /** Creates a participant account and signs it in. */
  @Post('register')
  @Public()
  async register(@Body() body: RegisterDto, @ReqMeta() meta: RequestMeta, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    const issued = await this.auth.register(body, meta);
    this.cookie.set(reply, issued.refreshToken);
    return issued.body;
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  async login(@Body() body: LoginDto, @ReqMeta() meta: RequestMeta, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    const issued = await this.auth.login(body.login, body.password, meta);
    this.cookie.set(reply, issued.refreshToken);
    return issued.body;
  }

  /** Rotates the refresh token (from the cookie, or the body for cookie-less clients). */
  @Post('refresh')
  @Public()
  @HttpCode(200)
  async refresh(@Body() body: RefreshDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    const issued = await this.auth.refresh(this.refreshToken(body, request));
    this.cookie.set(reply, issued.refreshToken);
    return issued.body;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  async logout(@Body() body: RefreshDto, @Req() request: FastifyRequest, @CurrentCaller() caller: Caller | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(this.refreshToken(body, request), caller);
    this.cookie.clear(reply);
  }
}
