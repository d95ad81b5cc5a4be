-- 016: generated words kept as a kind and its arguments (a JSON array of strings), rendered in the
-- language of whoever reads them (core/stored_words.h). note and message keep the words as they were
-- written: rows from before this step have only those, older readers and exports show them, and this
-- version shows them for a kind it does not know (one a newer version wrote).
ALTER TABLE follow_up_tasks ADD COLUMN note_kind TEXT;
ALTER TABLE follow_up_tasks ADD COLUMN note_args TEXT;
ALTER TABLE nightly_runs ADD COLUMN message_kind TEXT;
ALTER TABLE nightly_runs ADD COLUMN message_args TEXT;
