import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** `createdAt`/`updatedAt` as timestamptz, shared by entities through inheritance. */
export abstract class Timestamped {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
