-- A second area sharing the schema with "sample" (FlywaySchemaMigratorTest).
CREATE TABLE other_thing (id BIGINT PRIMARY KEY, label VARCHAR(40) NOT NULL);
