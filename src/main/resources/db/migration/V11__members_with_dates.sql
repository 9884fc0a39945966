-- A member administration belongs to the region from the day it joined (none: since before the region's records)
-- until the day it left, if it did; endorse.members in config/application.yml holds both.
alter table member_administration add column joined_on date;
alter table member_administration add column left_on date;
