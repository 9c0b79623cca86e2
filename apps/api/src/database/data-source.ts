import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (`npm run migration:show` and friends): the same options the app uses. */
export default new DataSource(dataSourceOptions(loadConfig().database));
