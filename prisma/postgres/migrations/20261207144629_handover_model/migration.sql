-- AlterEnum
ALTER TYPE "HandOverKind" ADD VALUE 'MODEL';
