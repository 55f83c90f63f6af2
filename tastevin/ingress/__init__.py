"""Where pushed data comes in: the webhook routes (one per webhook vendor) and the
FTPS drop box. Both only authenticate and store raw (``sales.inbox.store_raw``),
then enqueue the parse job once the raw import is committed."""
