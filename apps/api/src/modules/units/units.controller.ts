import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Unit, UnitOption } from '@reform-quiz/contracts';
import { type Caller, CurrentCaller, Public, Roles } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { IntIdParams } from '../../common/validation/id-params';
import { CreateUnitDto, UpdateUnitDto } from './dto/create-unit.dto';
import { SearchUnitsQuery } from './dto/search-units.query';
import { UnitsService } from './units.service';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  /** The registration picker: accent-insensitive search by name or code. */
  @Get()
  @Public()
  search(@Query() query: SearchUnitsQuery): Promise<UnitOption[]> {
    return this.units.search(query.q, query.kind, query.limit);
  }

  /** Every unit with its parent id; clients build the tree. */
  @Get('tree')
  @Public()
  tree(): Promise<Unit[]> {
    return this.units.all();
  }

  @Post()
  @Roles('admin')
  create(@Body() body: CreateUnitDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Unit> {
    return this.units.create(body, caller, meta);
  }

  @Patch(':id')
  @Roles('admin')
  update(@Param() { id }: IntIdParams, @Body() body: UpdateUnitDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Unit> {
    return this.units.update(id, body, caller, meta);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  remove(@Param() { id }: IntIdParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.units.remove(id, caller, meta);
  }
}
