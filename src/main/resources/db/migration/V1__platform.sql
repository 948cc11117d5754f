-- Platform tables: Spring Modulith's event publication registry (reliable cross-module events)
-- and ShedLock (one node runs each scheduled job).
CREATE TABLE event_publication (
    id               UUID                     NOT NULL PRIMARY KEY,
    listener_id      VARCHAR(512)             NOT NULL,
    event_type       VARCHAR(512)             NOT NULL,
    serialized_event VARCHAR(10000)           NOT NULL,
    publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_incomplete ON event_publication (completion_date, publication_date);

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
