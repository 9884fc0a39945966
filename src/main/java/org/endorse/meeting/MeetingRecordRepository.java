package org.endorse.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRecordRepository extends JpaRepository<MeetingRecord, Long> {
}
