CREATE TABLE sample_person (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, notes ${text});
