CREATE TABLE stored_files (
    id            UUID                     NOT NULL PRIMARY KEY,
    original_name VARCHAR(255)             NOT NULL,
    kind          VARCHAR(8)               NOT NULL,
    content_type  VARCHAR(100)             NOT NULL,
    size_bytes    BIGINT                   NOT NULL,
    sha256        VARCHAR(64)              NOT NULL,
    storage_path  VARCHAR(500)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(64)
);
