import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CertificateSummary, CertificateVerification } from '@reform-quiz/contracts';
import { Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Authenticated, type Caller, CurrentCaller, Public } from '../../common/auth/access.decorator';
import { IntIdParams } from '../../common/validation/id-params';
import { CertificatesService } from './certificates.service';

export class CertificateCodeParams {
  /** As printed: four, four and two characters, case and surrounding spaces forgiven. */
  @Matches(/^\s*[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{2}\s*$/, { message: 'code must look like ABCD-EFGH-JK' })
  code!: string;
}

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  /** The public check behind the QR code: who, what, and whether it still stands. */
  @Get('certificates/:code')
  @Public()
  verify(@Param() { code }: CertificateCodeParams): Promise<CertificateVerification> {
    return this.certificates.verify(code);
  }

  @Get('certificates/:code/pdf')
  @Public()
  async pdf(@Param() { code }: CertificateCodeParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const pdf = await this.certificates.pdf(code);
    void reply.header('Content-Type', 'application/pdf').header('Content-Disposition', `inline; filename="giay-chung-nhan-${code.trim().toUpperCase()}.pdf"`);
    return pdf;
  }

  @Get('me/certificates')
  @Authenticated()
  mine(@CurrentCaller() caller: Caller): Promise<CertificateSummary[]> {
    return this.certificates.mine(caller.userId);
  }

  /** A participation certificate, for anyone who finished an attempt in a ranked round; asking twice returns the same one. */
  @Post('contests/:id/participation-certificate')
  @Authenticated()
  participation(@Param() { id }: IntIdParams, @CurrentCaller() caller: Caller): Promise<CertificateVerification> {
    return this.certificates.participation(caller.userId, id);
  }
}
