CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`name` text NOT NULL,
	`scope` text NOT NULL,
	`prefix` text NOT NULL,
	`hash` text NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_unique` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE INDEX `api_keys_shop` ON `api_keys` (`shop_id`);--> statement-breakpoint
CREATE TABLE `conversation_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shop_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`message_id` text,
	`type` text NOT NULL,
	`at` text NOT NULL,
	`received_at` text NOT NULL,
	`flow_id` text NOT NULL,
	`version` integer NOT NULL,
	`event` text NOT NULL,
	`outputs` text NOT NULL,
	`trace` text NOT NULL,
	`state_after` text NOT NULL,
	`status_after` text NOT NULL,
	`response` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversation_events_message` ON `conversation_events` (`shop_id`,`message_id`);--> statement-breakpoint
CREATE INDEX `conversation_events_conversation` ON `conversation_events` (`shop_id`,`conversation_id`,`seq`);--> statement-breakpoint
CREATE TABLE `conversations` (
	`shop_id` text NOT NULL,
	`id` text NOT NULL,
	`buyer_id` text NOT NULL,
	`buyer_name` text,
	`flow_id` text NOT NULL,
	`version` integer NOT NULL,
	`state` text NOT NULL,
	`status` text NOT NULL,
	`handoff_queue` text,
	`unreplied` integer DEFAULT false NOT NULL,
	`started_at` text NOT NULL,
	`last_message_at` text NOT NULL,
	`events` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`shop_id`, `id`),
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conversations_recent` ON `conversations` (`shop_id`,`last_message_at`);--> statement-breakpoint
CREATE TABLE `flow_versions` (
	`shop_id` text NOT NULL,
	`flow_id` text NOT NULL,
	`version` integer NOT NULL,
	`document` text NOT NULL,
	`tests` text DEFAULT '[]' NOT NULL,
	`note` text NOT NULL,
	`published_by` text,
	`published_at` text NOT NULL,
	`rolled_back_from` integer,
	`override_reason` text,
	PRIMARY KEY(`shop_id`, `flow_id`, `version`)
);
--> statement-breakpoint
CREATE TABLE `flows` (
	`shop_id` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`draft` text NOT NULL,
	`tests` text DEFAULT '[]' NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`shop_id`, `id`),
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `handoffs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shop_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`event_seq` integer NOT NULL,
	`queue` text NOT NULL,
	`reason` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `handoffs_shop` ON `handoffs` (`shop_id`,`at`);--> statement-breakpoint
CREATE TABLE `invites` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`email` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	`accepted_at` text,
	`revoked_at` text,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invites_token_hash_unique` ON `invites` (`token_hash`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`workspace_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`workspace_id`, `user_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`shop_id` text NOT NULL,
	`id` text NOT NULL,
	`buyer_id` text NOT NULL,
	`data` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`shop_id`, `id`),
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `orders_buyer` ON `orders` (`shop_id`,`buyer_id`);--> statement-breakpoint
CREATE TABLE `replies` (
	`shop_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`id` text NOT NULL,
	`event_seq` integer NOT NULL,
	`node_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`language` text NOT NULL,
	`intent_id` text,
	`suggested` integer DEFAULT false NOT NULL,
	`resolved` integer,
	`rating_reason` text,
	PRIMARY KEY(`shop_id`, `conversation_id`, `id`)
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `shops` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`platform` text NOT NULL,
	`country` text NOT NULL,
	`timezone` text NOT NULL,
	`languages` text NOT NULL,
	`market` text NOT NULL,
	`live_flow_id` text,
	`live_version` integer,
	`orders_endpoint` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`locale` text DEFAULT 'en' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
