-- A member administration objects once to an item of a written procedure. Earlier versions let it object
-- twice; the first objection stays, later ones of the same member to the same item go.
delete from agenda_item_objection
where exists (select 1 from agenda_item_objection earlier
              where earlier.agenda_item_id = agenda_item_objection.agenda_item_id
                and earlier.member_code = agenda_item_objection.member_code
                and earlier.id < agenda_item_objection.id);

alter table agenda_item_objection add constraint agenda_item_objection_once unique (agenda_item_id, member_code);
