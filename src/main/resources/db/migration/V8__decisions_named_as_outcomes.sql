-- A meeting's decisions are named as their outcomes, and a deferral is one decision at either stage:
-- the contact points' RECOMMEND, DO_NOT_RECOMMEND and DEFER become RECOMMENDED, NOT_RECOMMENDED and DEFERRED
-- (the heads of Customs' ENDORSED, NOT_ENDORSED and DEFERRED stay). Timelines keep their words as written.
update agenda_item set recommendation = 'RECOMMENDED' where recommendation = 'RECOMMEND';
update agenda_item set recommendation = 'NOT_RECOMMENDED' where recommendation = 'DO_NOT_RECOMMEND';
update agenda_item set recommendation = 'DEFERRED' where recommendation = 'DEFER';
