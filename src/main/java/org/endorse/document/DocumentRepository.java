package org.endorse.document;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    @Query("select distinct d from Document d left join fetch d.files where d.ownerType = ?1 and d.ownerId = ?2"
            + " order by d.createdAt, d.id")
    List<Document> findByOwner(DocumentOwner.Type type, long ownerId);

    @Query("select distinct d from Document d left join fetch d.files where d.ownerType = ?1 and d.ownerId in ?2"
            + " order by d.createdAt, d.id")
    List<Document> findByOwners(DocumentOwner.Type type, List<Long> ownerIds);

    @Query("select new org.endorse.document.DocumentOwner(d.ownerType, d.ownerId) from Document d where d.id = ?1")
    Optional<DocumentOwner> ownerOf(long id);

    @Modifying
    @Query("update Document d set d.ownerType = ?3, d.ownerId = ?4 where d.ownerType = ?1 and d.ownerId in ?2")
    int reassign(DocumentOwner.Type fromType, List<Long> fromIds, DocumentOwner.Type toType, long toId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Document d where d.id = ?1")
    Optional<Document> lockById(long id);

    @Query("select coalesce(max(d.symbolNumber), 0) from Document d where d.symbolSeries = ?1")
    int lastNumberOf(String series);

    @Query("select coalesce(sum(f.sizeBytes), 0) from DocumentFile f where f.document.ownerType = ?1"
            + " and f.document.ownerId = ?2 and f.state not in (org.endorse.document.FileState.INFECTED,"
            + " org.endorse.document.FileState.PURGED)")
    long storedBytesOf(DocumentOwner.Type type, long ownerId);
}
