-- A conversation's current state is its latest event's state_after (written in the same transaction),
-- so it is no longer repeated in the conversation row. The latest event takes the row's state first.
UPDATE `conversation_events` SET `state_after` = (
  SELECT c.`state` FROM `conversations` c WHERE c.`shop_id` = `conversation_events`.`shop_id` AND c.`id` = `conversation_events`.`conversation_id`
) WHERE `seq` IN (SELECT max(`seq`) FROM `conversation_events` GROUP BY `shop_id`, `conversation_id`)
  AND EXISTS (SELECT 1 FROM `conversations` c WHERE c.`shop_id` = `conversation_events`.`shop_id` AND c.`id` = `conversation_events`.`conversation_id`);--> statement-breakpoint
ALTER TABLE `conversations` DROP COLUMN `state`;
